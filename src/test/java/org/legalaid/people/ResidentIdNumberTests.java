package org.legalaid.people;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalaid.people.ResidentIdNumber.Problem;
import org.legalaid.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 11643 validation as legal-aid-rules.md §11.1 specifies it, case by case. */
class ResidentIdNumberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	/** A 17-digit body with its correct check character appended. */
	static String valid(String body17) {
		return body17 + ResidentIdNumber.checkCharacter(body17);
	}

	@ParameterizedTest(name = "{0} -> check {1}")
	@CsvSource({ "11010519491231002X, X", "440524188001010014, 4", "34052419800101001X, X" })
	void theStandardsTestVectorsHaveTheirCheckCharacters(String number, char check) {
		assertThat(ResidentIdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(check);
	}

	@Test
	void theVectorsBornAfter1900AreAcceptedAndThe1880OneFailsOnlyOnItsBirthDate() {
		assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY).value()).isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumber.parse("34052419800101001X", TODAY).value()).isEqualTo("34052419800101001X");
		// the checksum is right (see above), but births before 1900-01-01 are refused by design (§11.1 step 4)
		assertThat(ResidentIdNumber.problemWith("440524188001010014", TODAY)).contains(Problem.BIRTH_DATE);
	}

	@Test
	void theWorkedExampleOfTheStandardDerivesBirthDateAndSex() {
		ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.sex()).isEqualTo(Sex.FEMALE); // 17th digit 2
		assertThat(id.addressCode()).isEqualTo("110105");
		ResidentIdNumber man = ResidentIdNumber.parse("34052419800101001X", TODAY);
		assertThat(man.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
		assertThat(man.sex()).isEqualTo(Sex.MALE); // 17th digit 1
	}

	static Stream<Arguments> refused() {
		return Stream.of(
				Arguments.of("empty", "", Problem.REQUIRED),
				Arguments.of("blank", "   ", Problem.REQUIRED),
				Arguments.of("null", null, Problem.REQUIRED),
				Arguments.of("wrong check digit", "110105194912310021", Problem.CHECKSUM),
				Arguments.of("X where a digit belongs", "44052418800101001X", Problem.CHECKSUM),
				Arguments.of("17 digits", "11010519491231002", Problem.FORMAT),
				Arguments.of("19 characters", "11010519491231002X1", Problem.FORMAT),
				Arguments.of("letter inside", "1101051949123A002X", Problem.FORMAT),
				Arguments.of("X not last", "X10105194912310021", Problem.FORMAT),
				Arguments.of("30 February", valid("62010219990230001"), Problem.BIRTH_DATE),
				Arguments.of("month 13", valid("62010219991301001"), Problem.BIRTH_DATE),
				Arguments.of("future birth date", valid("62010220300101001"), Problem.BIRTH_DATE),
				Arguments.of("tomorrow", valid("62010220260316001"), Problem.BIRTH_DATE),
				Arguments.of("before 1900", valid("62010218991231001"), Problem.BIRTH_DATE),
				Arguments.of("province 99", valid("99010219800101001"), Problem.PROVINCE),
				Arguments.of("province 10", valid("10010219800101001"), Problem.PROVINCE),
				Arguments.of("province 66", valid("66010219800101001"), Problem.PROVINCE),
				Arguments.of("83 but not a permit address", valid("83010119800101001"), Problem.PROVINCE),
				Arguments.of("15 digits with a bad date", "620102990230001", Problem.BIRTH_DATE),
				Arguments.of("15 digits, unknown province", "990102800101001", Problem.PROVINCE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void eachFailureHasItsOwnReason(String description, String number, Problem problem) {
		assertThat(ResidentIdNumber.problemWith(number, TODAY)).contains(problem);
		assertThatThrownBy(() -> ResidentIdNumber.parse(number, TODAY)).isInstanceOf(RuleViolation.class)
			.satisfies(e -> {
				assertThat(((RuleViolation) e).messageKey()).isEqualTo(problem.messageKey());
				assertThat(((RuleViolation) e).field()).isEqualTo("documentNumber");
			});
	}

	@Test
	void theChecksumMessageIsTheOneTheRulesAskFor() {
		assertThat(Problem.CHECKSUM.messageKey()).isEqualTo("person.error.id.checksum");
		assertThat(Stream.of(Problem.values()).map(Problem::messageKey).distinct()).hasSize(Problem.values().length);
	}

	static Stream<Arguments> accepted() {
		return Stream.of(
				Arguments.of("lower-case x", "11010519491231002x", "11010519491231002X"),
				Arguments.of("spaces around and inside", "  110105 19491231 002X ", "11010519491231002X"),
				Arguments.of("full-width space", "110105\u300019491231002X", "11010519491231002X"),
				Arguments.of("born today", valid("62010220260315002"), valid("62010220260315002")),
				Arguments.of("born 1900-01-01", valid("62010219000101002"), valid("62010219000101002")),
				Arguments.of("29 February in a leap year", valid("62010220000229002"), valid("62010220000229002")),
				Arguments.of("abolished county code in a valid province", valid("62010019800101002"), valid("62010019800101002")),
				Arguments.of("Hong Kong residence permit", valid("81000019800101002"), valid("81000019800101002")),
				Arguments.of("Macao residence permit", valid("82000019800101002"), valid("82000019800101002")),
				Arguments.of("Taiwan residence permit", valid("83000019800101002"), valid("83000019800101002")),
				Arguments.of("Taiwan province code", valid("71000019800101002"), valid("71000019800101002")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void validNumbersAreNormalised(String description, String typed, String expected) {
		assertThat(ResidentIdNumber.problemWith(typed, TODAY)).isEmpty();
		assertThat(ResidentIdNumber.parse(typed, TODAY).value()).isEqualTo(expected);
	}

	@Test
	void residencePermitsAreRecognisedByTheirAddressCode() {
		assertThat(ResidentIdNumber.parse(valid("83000019800101002"), TODAY).isResidencePermit()).isTrue();
		assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY).isResidencePermit()).isFalse();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			// 15-digit legacy number: 19 inserted before the year, check character computed
			"110105491231002, 11010519491231002X, 1949-12-31, FEMALE",
			"440524800101001, 440524198001010013, 1980-01-01, MALE",
			"340524800101001, 34052419800101001X, 1980-01-01, MALE" })
	void legacyFifteenDigitNumbersAreConverted(String legacy, String expected, LocalDate birth, Sex sex) {
		ResidentIdNumber id = ResidentIdNumber.parse(legacy, TODAY);
		assertThat(id.value()).isEqualTo(expected);
		assertThat(id.convertedFromLegacy()).isTrue();
		assertThat(id.birthDate()).isEqualTo(birth);
		assertThat(id.sex()).isEqualTo(sex);
	}

	@ParameterizedTest(name = "17th digit {0} -> {1}")
	@CsvSource({ "0, FEMALE", "1, MALE", "2, FEMALE", "3, MALE", "4, FEMALE", "5, MALE", "6, FEMALE", "7, MALE", "8, FEMALE", "9, MALE" })
	void sexFollowsTheParityOfTheSeventeenthDigit(int digit, Sex sex) {
		ResidentIdNumber id = ResidentIdNumber.parse(valid("6201021985061400" + digit), TODAY);
		assertThat(id.sex()).isEqualTo(sex);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 14));
	}

	@Test
	void maskingShowsTheFirstSixAndTheLastFour() {
		ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
		assertThat(ResidentIdNumber.mask("E12345678")).isEqualTo("*******78");
		assertThat(ResidentIdNumber.mask("1234")).isEqualTo("****");
	}
}

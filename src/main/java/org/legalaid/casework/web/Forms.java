package org.legalaid.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.legalaid.casework.ClosingItem;
import org.legalaid.casework.LogKind;
import org.legalaid.casework.OutcomeDraft;
import org.legalaid.casework.ResultType;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the case page, as posted. {@code version} is the case's version the form was drawn from. */
final class Forms {

	private Forms() {
	}

	record EngageForm(Integer version, String note) {
	}

	record LogForm(LogKind kind, LocalDate happenedOn, String place, BigDecimal amount, String note, MultipartFile file) {
	}

	record ConcludeForm(Integer version, LocalDate closingDate, ResultType resultType, BigDecimal amountAwarded,
			BigDecimal amountRecovered, Integer personsAssisted, String summary) {

		OutcomeDraft draft() {
			return new OutcomeDraft(closingDate, resultType, amountAwarded, amountRecovered, personsAssisted, summary);
		}
	}

	record WithdrawForm(Integer version, String reason, Boolean confirmed) {
	}

	record TerminateForm(Integer version, String ground, String reasons, Boolean confirmed) {
	}

	record ClosingForm(Integer version, Set<ClosingItem> items, String handlingReport) {
	}

	record ReviewForm(Integer version, String archiveNumber, String note, String reasons) {
	}

	record MajorForm(String reason) {
	}

	record DiscussionForm(LocalDate heldOn, String participants, String conclusion) {
	}
}

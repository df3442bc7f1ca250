package org.legalaid.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Special groups a person belongs to (legal-aid-rules.md §10.1: multi-select, one person may fall in several).
 * Typed groups are recorded by staff; derived groups follow from birth date and sex on a given day and are never
 * stored.
 */
public enum PersonGroup {
	MIGRANT_WORKER(false),
	DISABLED(false),
	SERVICE_MEMBER_OR_FAMILY(false),
	VETERAN(false),
	LEFT_BEHIND(false),
	LOW_INCOME_OR_SPECIAL_HARDSHIP(false),
	ETHNIC_MINORITY(false),
	FOREIGNER_OR_STATELESS(false),
	DOMESTIC_VIOLENCE_VICTIM(false),
	/** Derived: under {@link #ADULT_AGE}. */
	MINOR(true),
	/** Derived: {@link #ELDERLY_AGE} or older. */
	ELDERLY(true),
	/** Derived: sex is female. */
	WOMAN(true);

	/**
	 * Full years of age (周岁) from which a person is an adult. Law on the Protection of Minors (未成年人保护法) art. 2:
	 * a minor is a citizen under 18 full years of age.
	 */
	public static final int ADULT_AGE = 18;

	/**
	 * Full years of age from which a person is elderly. Law on the Protection of the Rights and Interests of the
	 * Elderly (老年人权益保障法) art. 2: the elderly are citizens aged 60 and over.
	 */
	public static final int ELDERLY_AGE = 60;

	private final boolean derived;

	PersonGroup(boolean derived) {
		this.derived = derived;
	}

	/** True for groups computed from birth date and sex; those are never recorded by hand. */
	public boolean derived() {
		return derived;
	}

	public String messageKey() {
		return "people.group." + name();
	}

	/** The groups staff may record. */
	public static Set<PersonGroup> typed() {
		EnumSet<PersonGroup> all = EnumSet.allOf(PersonGroup.class);
		all.removeIf(PersonGroup::derived);
		return all;
	}

	/** Full years of age (周岁) on {@code day}. */
	public static int ageOn(LocalDate birthDate, LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}

	/** The derived groups on {@code day}; unknown birth date or sex derive nothing. */
	public static Set<PersonGroup> derivedOn(LocalDate birthDate, Sex sex, LocalDate day) {
		EnumSet<PersonGroup> groups = EnumSet.noneOf(PersonGroup.class);
		if (birthDate != null && !birthDate.isAfter(day)) {
			int age = ageOn(birthDate, day);
			if (age < ADULT_AGE) {
				groups.add(MINOR);
			}
			if (age >= ELDERLY_AGE) {
				groups.add(ELDERLY);
			}
		}
		if (sex == Sex.FEMALE) {
			groups.add(WOMAN);
		}
		return groups;
	}
}

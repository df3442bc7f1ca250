package org.legalaid.lawyers;

/**
 * A region's recruitment criteria (local practice [L], so data, never code). The row of the longest prefix of a
 * region's code applies as a whole; {@code ''} is the national default (2 years of practice, no disciplinary record
 * within 3 years and no sanction in force, 1 year for duty lawyers, yearly renewal, 10 open cases).
 *
 * @param minPracticeYears years since the first practising licence needed to join (licensed kinds)
 * @param cleanRecordYears a disciplinary record decided within this many years refuses admission and renewal; null:
 *        any record ever does. A sanction still in force always does.
 * @param dutyMinYears years of practice a duty lawyer needs
 * @param renewalMonths how long an admission or renewal lasts
 * @param maxOpenCases the default workload cap of the region's providers
 */
public record RecruitmentCriteria(String regionPrefix, int minPracticeYears, Integer cleanRecordYears, int dutyMinYears,
		int renewalMonths, int maxOpenCases, int version) {
}

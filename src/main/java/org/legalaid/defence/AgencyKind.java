package org.legalaid.defence;

/** The kinds of partner agency that notify the centre or forward applications to it (legal-aid-rules.md §2). */
public enum AgencyKind {
	/** 公安机关 */
	PUBLIC_SECURITY,
	/** 人民检察院 */
	PROCURATORATE,
	/** 人民法院 */
	COURT,
	/** 看守所: also forwards detainees' applications (LAL art. 39). */
	DETENTION_CENTRE;

	public String messageKey() {
		return "defence.agencyKind." + name();
	}
}

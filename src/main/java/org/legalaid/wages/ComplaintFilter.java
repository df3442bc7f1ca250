package org.legalaid.wages;

/** Filters of the complaint list: employer name (part of it) or credit code, and status; null or blank means any. */
public record ComplaintFilter(String employer, ComplaintStatus status) {

	public static ComplaintFilter any() {
		return new ComplaintFilter(null, null);
	}
}

package org.legalaid.lawyers;

/**
 * What the provider list is filtered by; null or blank means any. {@code name}: part of the name; {@code licence}:
 * the start of the licence number; {@code regionCode}: providers serving that division or any place within it;
 * {@code status}: the status on today (EXPIRED includes ACTIVE memberships past their day).
 */
public record ProviderFilter(String name, String licence, Long organisationId, String specialty, ProviderStatus status,
		String regionCode, ProviderKind kind) {

	public static ProviderFilter any() {
		return new ProviderFilter(null, null, null, null, null, null, null);
	}
}

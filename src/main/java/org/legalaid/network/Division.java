package org.legalaid.network;

/**
 * An administrative division. {@code code} is the 6-digit GB/T 2260 code for province, prefecture and county
 * ({@code 620000}, {@code 620100}, {@code 620102}) and the NBS statistical code below (9 digits for a township,
 * 12 for a village). {@code parentCode} is null for a province.
 */
public record Division(String code, String name, DivisionLevel level, String parentCode) {

	/** The code prefix every descendant's code starts with. */
	public String descendantPrefix() {
		return level.prefixOf(code);
	}

	public boolean contains(String otherCode) {
		return otherCode != null && otherCode.startsWith(descendantPrefix());
	}
}

package org.legalaid.network;

import java.util.Map;

/**
 * Coverage figures for a unit's subtree: active units by kind and centre level, and the villages of its
 * division that have a liaison point or an attached liaison officer or legal adviser.
 */
public record Coverage(long unitId, Map<String, Long> unitsByLevel, long villages, long villagesWithLiaisonPoint,
		long villagesWithAdviser, long villagesCovered) {

	/** Share of villages covered by a liaison point or adviser, in percent with one decimal; 0 when none loaded. */
	public double coveredPercent() {
		return villages == 0 ? 0 : Math.round(villagesCovered * 1000.0 / villages) / 10.0;
	}
}

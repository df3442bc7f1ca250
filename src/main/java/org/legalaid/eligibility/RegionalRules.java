package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a region applies: the matter catalogue (national and regional), exemptions from the check, hardship
 * standards, whether a recorded false commitment or serious bad credit bars the commitment route, and the
 * materials every application needs. Entries may cover several dates and regions; the lookups pick what is in
 * force for {@code regionCode} on a date, the longest region prefix winning.
 */
public record RegionalRules(String regionCode, List<Matter> matters, List<Exemption> exemptions,
		List<HardshipStandard> hardshipStandards, boolean commitmentBarEnabled, Set<String> requiredMaterials,
		Map<String, Set<String>> matterMaterials) {

	/** Rules whose matters need only the common materials. */
	public RegionalRules(String regionCode, List<Matter> matters, List<Exemption> exemptions,
			List<HardshipStandard> hardshipStandards, boolean commitmentBarEnabled, Set<String> requiredMaterials) {
		this(regionCode, matters, exemptions, hardshipStandards, commitmentBarEnabled, requiredMaterials, Map.of());
	}

	/** The materials an application for the matter needs: the common ones and the matter's own. */
	public Set<String> requiredMaterials(String matterCode) {
		Set<String> all = new java.util.LinkedHashSet<>(requiredMaterials);
		all.addAll(matterMaterials.getOrDefault(matterCode, Set.of()));
		return all;
	}

	public RegionalRules {
		Objects.requireNonNull(regionCode);
		matters = List.copyOf(matters);
		exemptions = List.copyOf(exemptions);
		hardshipStandards = List.copyOf(hardshipStandards);
		requiredMaterials = Set.copyOf(requiredMaterials);
		matterMaterials = Map.copyOf(matterMaterials);
	}

	/** The matter with this code in force in the region on the date; a regional one overrides a national one. */
	public Optional<Matter> matter(String code, LocalDate date) {
		return matters.stream()
			.filter(m -> m.code().equals(code) && m.appliesTo(regionCode) && m.inForce(date))
			.max(Comparator.comparingInt(m -> m.regionPrefix().length()));
	}

	/** Every matter in force in the region on the date, by code. */
	public List<Matter> mattersInForce(LocalDate date) {
		return matters.stream()
			.filter(m -> m.appliesTo(regionCode) && m.inForce(date))
			.map(Matter::code)
			.distinct()
			.sorted()
			.map(code -> matter(code, date).orElseThrow())
			.toList();
	}

	/** The exemptions in force in the region on the date, national first. */
	public List<Exemption> exemptionsInForce(LocalDate date) {
		return exemptions.stream()
			.filter(x -> x.appliesTo(regionCode) && x.inForce(date))
			.sorted(Comparator.comparingInt((Exemption x) -> x.regionPrefix().length()).thenComparing(Exemption::code))
			.toList();
	}

	/** The hardship standard in force on the date: the latest version of the most specific region that has one. */
	public Optional<HardshipStandard> hardshipStandard(LocalDate date) {
		return hardshipStandards.stream()
			.filter(s -> regionCode.startsWith(s.regionPrefix()) && !s.effectiveFrom().isAfter(date))
			.max(Comparator.comparingInt((HardshipStandard s) -> s.regionPrefix().length())
				.thenComparing(HardshipStandard::effectiveFrom));
	}
}

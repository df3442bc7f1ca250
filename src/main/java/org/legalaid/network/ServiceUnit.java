package org.legalaid.network;

/**
 * A service unit on the network tree. {@code path} is the materialised id path ({@code /1000/1003/}),
 * maintained only by {@link ServiceNetwork}; {@code depth} is 1 for a root.
 */
public record ServiceUnit(long id, String code, String name, UnitKind kind, HostInstitution hostInstitution,
		String divisionCode, String divisionName, DivisionLevel divisionLevel, Long parentId, String path, int depth,
		String address, String phone, String openingHours, boolean active, int version) {

	public boolean isCentre() {
		return kind == UnitKind.CENTRE;
	}
}

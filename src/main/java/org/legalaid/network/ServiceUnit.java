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

	/** Whether units may be added below this one: active centres and workstations, never a liaison point. */
	public boolean acceptsChildren() {
		return active && kind != UnitKind.LIAISON_POINT;
	}

	/**
	 * The justice department that set up a centre and decides objections to it (LAL arts. 12, 49): the bureau of the
	 * centre's division (司法局), or the department (司法厅) at province level.
	 */
	public String justiceDepartmentName() {
		return divisionName + (divisionLevel == DivisionLevel.PROVINCE ? "司法厅" : "司法局");
	}
}

package org.legalaid.network.web;

import java.util.List;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitNode;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API over the unit tree, limited to the caller's subtree like the pages. */
@RestController
@RequestMapping("/api/v1/units")
class NetworkApiController {

	private final ServiceNetwork network;

	NetworkApiController(ServiceNetwork network) {
		this.network = network;
	}

	@GetMapping("/{id}")
	UnitResource unit(@PathVariable long id) {
		return UnitResource.of(network.get(id), null);
	}

	@GetMapping("/{id}/children")
	List<UnitResource> children(@PathVariable long id, @RequestParam(defaultValue = "0") int offset) {
		return network.children(id, offset).stream().map(UnitResource::of).toList();
	}

	@GetMapping
	Page<UnitResource> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return network.search(q, false, PageRequest.of(page, size)).map(u -> UnitResource.of(u, null));
	}

	/** A unit as the API shows it. */
	record UnitResource(long id, String code, String name, String kind, String hostInstitution, String divisionCode,
			String divisionName, Long parentId, int depth, String address, String phone, String openingHours, boolean active,
			Boolean hasChildren) {

		static UnitResource of(ServiceUnit u, Boolean hasChildren) {
			return new UnitResource(u.id(), u.code(), u.name(), u.kind().name(),
					u.hostInstitution() == null ? null : u.hostInstitution().name(), u.divisionCode(), u.divisionName(),
					u.parentId(), u.depth(), u.address(), u.phone(), u.openingHours(), u.active(), hasChildren);
		}

		static UnitResource of(UnitNode node) {
			return of(node.unit(), node.hasChildren());
		}
	}
}

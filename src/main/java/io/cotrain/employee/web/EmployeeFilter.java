package io.cotrain.employee.web;

import java.util.UUID;

import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.RoleType;

import org.springframework.web.util.UriComponentsBuilder;

/** The list page's search and filters as request parameters. */
record EmployeeFilter(String q, UUID regionId, UUID orgUnitId, UUID positionId, RoleType roleType, UUID tagId,
		EmployeeStatus status, Integer page) {

	EmployeeQuery toQuery(int size) {
		return new EmployeeQuery(q, Ids.region(regionId), Ids.orgUnit(orgUnitId), Ids.position(positionId), roleType,
				Ids.tag(tagId), status, page == null ? 0 : page, size);
	}

	/** This search on another page, for the pager's links. */
	public String link(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/employees");
		add(uri, "q", q == null || q.isBlank() ? null : q);
		add(uri, "regionId", regionId);
		add(uri, "orgUnitId", orgUnitId);
		add(uri, "positionId", positionId);
		add(uri, "roleType", roleType);
		add(uri, "tagId", tagId);
		add(uri, "status", status);
		uri.queryParam("page", page);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}
}

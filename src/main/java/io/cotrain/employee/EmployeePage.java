package io.cotrain.employee;

import java.util.List;

/** One page of an employee search, ordered by employee number. */
public record EmployeePage(List<EmployeeView> content, long totalElements, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (totalElements + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}

-- Employee list at 100,000 employees per tenant (README, "Benchmarks"): every list request counts the matching
-- employees. Row security needs tenant_id and region_id of every row, and the list's most common filter is status;
-- with only these three columns the B-tree deduplicates into a few posting lists (well under 1 MB for 100,000
-- rows), so the count is an index-only scan instead of reading the whole table.
create index employee_count_idx on employee (tenant_id, region_id, status);

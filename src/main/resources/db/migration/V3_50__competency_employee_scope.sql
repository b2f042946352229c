-- Assessments and KPI records are visible with their employee, as employee tags are: a region admin reads and writes
-- only those of the employees of its regions (the employee policy decides), and the rows follow the employee when
-- they move to another region. No region_id copy is kept here: it would go stale on every move.
drop policy assessment_scope on assessment;
create policy assessment_scope on assessment
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = assessment.employee_id))
    with check (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = assessment.employee_id));

drop policy kpi_record_scope on kpi_record;
create policy kpi_record_scope on kpi_record
    using (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = kpi_record.employee_id))
    with check (tenant_id = cotrain_tenant() and exists (select 1 from employee e where e.id = kpi_record.employee_id));

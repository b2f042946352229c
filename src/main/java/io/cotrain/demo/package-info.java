/**
 * Demo data: the sample company {@code demo} (示例制造有限公司) with two regions and one account per role, its
 * organisation and about 70 employees with tags (issue 3), this month's assessments of the learners with a login,
 * which reach their inboxes as notices (issue 4), the order-flow programme (issue 5), the face terminals, check-ins and an open session to check in to (issue 6), a second tenant {@code acme}, and the platform
 * operator — created once, through the other modules' own services, on the first start of the embedded default
 * (or with {@code --cotrain.demo=true}). Later modules extend it. All demo passwords are {@code cotrain-demo}: for demonstration only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "runtime", "employee", "competency", "training", "training :: group", "files", "attendance" })
package io.cotrain.demo;

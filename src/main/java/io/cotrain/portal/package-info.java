/**
 * Portal: the UI shell every module's pages live in — layout and role-dependent navigation, the landing
 * page, language switching (zh-CN default, English), error pages, and the RFC 9457 problem details of the
 * REST API. Modules plug in through {@link io.cotrain.portal.NavItem} beans and
 * {@link io.cotrain.portal.DashboardTile}s; the portal depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package io.cotrain.portal;

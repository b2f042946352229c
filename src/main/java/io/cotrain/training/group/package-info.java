/**
 * Collaboration groups (协同小组) and their dual mentors; {@link io.cotrain.training.group.Groups} is the facade, exposed
 * as the named interface {@code group} for the demo data and later modules (collaboration, attendance).
 */
@org.springframework.modulith.NamedInterface("group")
package io.cotrain.training.group;

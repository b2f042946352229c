package io.cotrain.runtime;

/**
 * Which database this instance runs on.
 *
 * @param embedded true when the product started its own embedded PostgreSQL (the development and demo default)
 */
public record DatabaseInfo(boolean embedded) {
}

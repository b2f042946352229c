package io.cotrain.employee;

public record TagView(TagId id, TagType type, String name) {
}

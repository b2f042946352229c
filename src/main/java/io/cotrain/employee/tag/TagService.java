package io.cotrain.employee.tag;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.employee.support.DatabaseRefusals;
import io.cotrain.employee.support.Violations;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TagService implements Tags {

	private static final int MAX_NAME = 64;
	private static final Map<String, String> UNIQUE = Map.of("tag_name_unique", "name");

	private final TagRepository tags;
	private final AuditLog audit;
	private final Clock clock;

	TagService(TagRepository tags, AuditLog audit, Clock clock) {
		this.tags = tags;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<TagView> list() {
		// enum order, not the alphabetical order of the stored names
		return tags.findAllByOrderByTypeAscNameAsc().stream().map(Tag::view)
			.sorted(Comparator.comparing(TagView::type).thenComparing(TagView::name)).toList();
	}

	@Override
	public TagView get(TagId id) {
		return load(id).view();
	}

	@Override
	public Optional<TagView> find(TagType type, String name) {
		return type == null || name == null ? Optional.empty() : tags.findByTypeAndName(type, name.strip()).map(Tag::view);
	}

	@Override
	@Transactional
	public TagView create(TagType type, String name) {
		String valid = check(null, type, name);
		Tag tag = DatabaseRefusals.translate(() -> tags.saveAndFlush(new Tag(type, valid, clock.instant())), UNIQUE, null);
		audit.record("TAG_CREATED", "tag", tag.view().id(), Map.of("type", type, "name", valid));
		return tag.view();
	}

	@Override
	@Transactional
	public TagView update(TagId id, TagType type, String name) {
		Tag tag = load(id);
		String valid = check(id, type, name);
		TagView before = tag.view();
		tag.change(type, valid);
		DatabaseRefusals.translate(() -> tags.saveAndFlush(tag), UNIQUE, null);
		audit.record("TAG_CHANGED", "tag", id, Map.of("before", before.type() + ":" + before.name(), "after", type + ":" + valid));
		return tag.view();
	}

	@Override
	@Transactional
	public void delete(TagId id) {
		Tag tag = load(id);
		tags.delete(tag);
		audit.record("TAG_DELETED", "tag", id, Map.of("type", tag.view().type(), "name", tag.view().name()));
	}

	private String check(TagId self, TagType type, String name) {
		Violations v = new Violations();
		v.present("type", type);
		String valid = v.required("name", name, MAX_NAME);
		if (v.isEmpty()) {
			tags.findByTypeAndName(type, valid).filter(other -> !other.view().id().equals(self))
				.ifPresent(other -> v.add("name", "validation.duplicate"));
		}
		v.throwIfAny();
		return valid;
	}

	private Tag load(TagId id) {
		return tags.findById(id.value()).orElseThrow(() -> new NotFoundException("tag", id));
	}
}

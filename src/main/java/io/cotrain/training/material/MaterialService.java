package io.cotrain.training.material;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TagId;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.files.FileId;
import io.cotrain.files.FilePolicy;
import io.cotrain.files.FileStore;
import io.cotrain.files.StoredFile;
import io.cotrain.files.Upload;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.group.GroupClerk;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The materials library in plain SQL over the file store, with the matching and access rules of {@link Materials}. */
@Service
@Transactional(readOnly = true)
class MaterialService implements Materials {

	/** Roles that read every material of the tenant. */
	private static final Set<Role> READ_ALL = EnumSet.of(Role.HR_ADMIN, Role.REGION_ADMIN, Role.AUDITOR);
	/** Documents (PDF, Office, text, CSV) and images; the size limit is the tenant's {@code files.max-size-mb}. */
	static final FilePolicy POLICY = FilePolicy.DOCUMENTS_AND_IMAGES;

	private final MaterialStore store;
	private final MaterialGroups memberships;
	private final FileStore files;
	private final Tags tags;
	private final Groups groups;
	private final EmployeeDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	MaterialService(MaterialStore store, MaterialGroups memberships, FileStore files, Tags tags, Groups groups,
			EmployeeDirectory directory, Accounts accounts, AuditLog audit, Clock clock) {
		this.store = store;
		this.memberships = memberships;
		this.files = files;
		this.tags = tags;
		this.groups = groups;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Material> list(MaterialQuery query) {
		return views(store.list(query == null ? MaterialQuery.all() : query));
	}

	@Override
	public Material get(UUID id) {
		return views(List.of(row(id))).get(0);
	}

	@Override
	@Transactional
	public Material createFile(MaterialForm form, Upload upload) {
		MaterialChecks checks = new MaterialChecks();
		MaterialChecks.Checked valid = checks.check(form, false, tenantTags());
		codeFree(checks, valid.code(), null);
		StoredFile file = storeFile(checks, upload, true);
		checks.throwIfAny();
		return insert(Kind.FILE, valid, file.id().value());
	}

	@Override
	@Transactional
	public Material createLink(MaterialForm form) {
		MaterialChecks checks = new MaterialChecks();
		MaterialChecks.Checked valid = checks.check(form, true, tenantTags());
		codeFree(checks, valid.code(), null);
		checks.throwIfAny();
		return insert(Kind.LINK, valid, null);
	}

	@Override
	@Transactional
	public Material update(UUID id, MaterialForm form, Upload replacement) {
		MaterialStore.Row row = store.lock(id).orElseThrow(() -> new NotFoundException("material", id));
		MaterialChecks checks = new MaterialChecks();
		MaterialChecks.Checked valid = checks.check(form, row.kind() == Kind.LINK, tenantTags());
		codeFree(checks, valid.code(), id);
		UUID fileId = row.fileId();
		if (row.kind() == Kind.FILE && replacement != null) {
			StoredFile file = storeFile(checks, replacement, false);
			fileId = file == null ? fileId : file.id().value();
		}
		checks.throwIfAny();
		store.update(id, values(valid, fileId), valid.tagIds(), now(), actor());
		Map<String, Object> details = details(row.kind(), valid);
		if (!Objects.equals(fileId, row.fileId())) {
			details.put("fileReplaced", fileId.toString());
		}
		audit.record("TRAINING_MATERIAL_CHANGED", "training_material", id, details);
		return get(id);
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		MaterialStore.Row row = store.lock(id).orElseThrow(() -> new NotFoundException("material", id));
		store.delete(id);
		audit.record("TRAINING_MATERIAL_DELETED", "training_material", id, Map.of("kind", row.kind().name(), "title", row.title()));
	}

	@Override
	public Opened open(UUID id) {
		Material material = get(id);
		Optional<CurrentUser> user = accounts.current();
		if (user.isPresent() && !readsAll(user.get()) && !matchedToOwnGroup(user.get(), id)) {
			throw new NotFoundException("material", id);
		}
		return material.kind() == Kind.FILE ? new Opened(material, files.content(new FileId(material.file().id())), null)
				: new Opened(material, null, material.url());
	}

	@Override
	public List<MatchedMaterial> forGroup(UUID programme, UUID groupId) {
		GroupView group = groups.list(programme).stream().filter(g -> g.id().equals(groupId)).findFirst()
			.orElseThrow(() -> new NotFoundException("group", groupId));
		Optional<CurrentUser> user = accounts.current();
		if (user.isPresent() && !readsAll(user.get()) && !ownGroup(user.get(), groupId)) {
			throw new NotFoundException("group", groupId);
		}
		return MaterialMatching.match(list(MaterialQuery.all()), MaterialMatching.groupAudiences(), groupTags(members(group)));
	}

	@Override
	public List<MatchedMaterial> forMember(UUID programme, EmployeeId employee) {
		Optional<GroupView> found = groups.groupOf(programme, employee);
		if (found.isEmpty()) {
			return List.of();
		}
		GroupView group = found.get();
		Optional<CurrentUser> user = accounts.current();
		if (user.isPresent() && !readsAll(user.get()) && !employee.value().equals(user.get().employeeId())
				&& !ownGroup(user.get(), group.id())) {
			throw new NotFoundException("employee", employee);
		}
		Audience role = group.cadre().id().equals(employee) ? Audience.CADRE : Audience.CLERK;
		return MaterialMatching.match(list(MaterialQuery.all()), MaterialMatching.audiencesOf(role), groupTags(members(group)));
	}

	// ---- access ----

	private static boolean readsAll(CurrentUser user) {
		return user.roles().stream().anyMatch(READ_ALL::contains);
	}

	/** Whether the caller is a member or a mentor of the group in a programme that is not a draft. */
	private boolean ownGroup(CurrentUser user, UUID groupId) {
		return user.employeeId() != null
				&& memberships.of(new EmployeeId(user.employeeId())).stream().anyMatch(g -> g.group().equals(groupId));
	}

	/** Whether the material is matched to a group (of a programme that is not a draft) the caller is in or mentors. */
	private boolean matchedToOwnGroup(CurrentUser user, UUID material) {
		if (user.employeeId() == null) {
			return false;
		}
		List<MaterialGroups.GroupRef> own = memberships.of(new EmployeeId(user.employeeId()));
		if (own.isEmpty()) {
			return false;
		}
		List<Material> library = list(MaterialQuery.all());
		for (MaterialGroups.GroupRef group : own) {
			Set<TagId> groupTags = groupTags(memberships.members(group.group()));
			if (MaterialMatching.match(library, MaterialMatching.groupAudiences(), groupTags).stream()
				.anyMatch(m -> m.material().id().equals(material))) {
				return true;
			}
		}
		return false;
	}

	// ---- helpers ----

	private static List<EmployeeId> members(GroupView group) {
		List<EmployeeId> members = new java.util.ArrayList<>();
		members.add(group.cadre().id());
		group.clerks().stream().map(GroupClerk::clerk).forEach(c -> members.add(c.id()));
		return members;
	}

	/** The union of the members' tags (members the caller cannot see add none). */
	private Set<TagId> groupTags(List<EmployeeId> members) {
		return directory.getAll(members).stream().map(EmployeeView::tags).flatMap(List::stream).map(TagView::id)
			.collect(Collectors.toSet());
	}

	private Material insert(Kind kind, MaterialChecks.Checked valid, UUID fileId) {
		UUID id = UUID.randomUUID();
		store.insert(id, kind, values(valid, fileId), valid.tagIds(), now(), actor());
		audit.record("TRAINING_MATERIAL_CREATED", "training_material", id, details(kind, valid));
		return get(id);
	}

	/** Stores the upload (its problems join the form's); null when it was refused or, unless required, missing. */
	private StoredFile storeFile(MaterialChecks checks, Upload upload, boolean required) {
		if (upload == null) {
			if (required) {
				checks.add("file", "training.material.fileRequired");
			}
			return null;
		}
		// checked even when the form has problems, so all are shown at once; a refusal of the form rolls the file back
		try {
			return files.store(upload, POLICY);
		}
		catch (RuleViolationException e) {
			checks.addAll(e);
			return null;
		}
	}

	private void codeFree(MaterialChecks checks, String code, UUID except) {
		if (code != null && MaterialChecks.CODE.matcher(code).matches()
				&& store.codeTaken(code, except == null ? new UUID(0, 0) : except)) {
			checks.add("code", "training.material.codeTaken", code);
		}
	}

	private Set<UUID> tenantTags() {
		return tags.list().stream().map(t -> t.id().value()).collect(Collectors.toSet());
	}

	private static MaterialStore.Values values(MaterialChecks.Checked valid, UUID fileId) {
		return new MaterialStore.Values(valid.code(), valid.title(), valid.description(), valid.audience(), fileId, valid.url());
	}

	private static Map<String, Object> details(Kind kind, MaterialChecks.Checked valid) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kind", kind.name());
		details.put("title", valid.title());
		details.put("audience", valid.audience().name());
		details.put("tags", valid.tagIds().size());
		return details;
	}

	private MaterialStore.Row row(UUID id) {
		return store.get(id).orElseThrow(() -> new NotFoundException("material", id));
	}

	private List<Material> views(List<MaterialStore.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, TagView> byId = new HashMap<>();
		if (rows.stream().anyMatch(r -> !r.tagIds().isEmpty())) {
			tags.list().forEach(t -> byId.put(t.id().value(), t));
		}
		return rows.stream().map(r -> new Material(r.id(), r.code(), r.title(), r.description(), r.kind(), r.audience(),
				r.tagIds().stream().map(byId::get).filter(Objects::nonNull).toList(), r.url(), file(r.fileId()), r.createdAt(),
				r.createdBy(), r.updatedAt(), r.updatedBy())).toList();
	}

	private MaterialFile file(UUID id) {
		if (id == null) {
			return null;
		}
		StoredFile file = files.metadata(new FileId(id));
		return new MaterialFile(id, file.name(), file.kind().name(), file.contentType().toString(), file.size(), file.sha256());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private String actor() {
		return accounts.current().map(CurrentUser::username).orElse("system");
	}
}

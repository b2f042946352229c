package io.cotrain.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.TagView;
import io.cotrain.files.FileContent;
import io.cotrain.files.Upload;

/**
 * The materials library (学习资料): files kept in the files module's store, or links, each for an audience (clerks,
 * cadres or both) and tagged with employee tags. Materials are matched to collaboration groups by audience and tags
 * (ARCHITECTURE.md "Materials"): a material matches a member when its audience is the member's role in the group or
 * JOINT, and it has no tags or shares a tag with the group (the union of its members' tags); matches are ordered by
 * the number of shared tags, then by title.
 * <p>
 * HR writes the library; {@link #open} checks who may read a material: HR, region admins and auditors any of the
 * tenant; anyone else only a material matched to a group of a programme that is not a draft in which they are a member
 * or a mentor — otherwise it is not found, as if it did not exist.
 */
public interface Materials {

	enum Kind {
		FILE, LINK
	}

	/**
	 * @param code optional, unique in the tenant
	 * @param tagIds employee tags of the tenant (none: the material fits every group)
	 * @param url for a LINK: an absolute http(s) link; ignored for a FILE
	 */
	record MaterialForm(String code, String title, String description, Audience audience, List<UUID> tagIds, String url) {
	}

	/** What the store knows of a material's file. */
	record MaterialFile(UUID id, String name, String kind, String contentType, long size, String sha256) {
	}

	/** @param file for a FILE, else null; @param url for a LINK, else null */
	record Material(UUID id, String code, String title, String description, Kind kind, Audience audience, List<TagView> tags,
			String url, MaterialFile file, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

		public Material {
			tags = List.copyOf(tags);
		}
	}

	/** Filters of the list; null (or blank) matches everything. @param q a part of the title, description or code */
	record MaterialQuery(Audience audience, UUID tagId, String q) {

		public static MaterialQuery all() {
			return new MaterialQuery(null, null, null);
		}
	}

	/**
	 * A material matched to a group or member and why.
	 *
	 * @param audience the material's audience, which fits the member's role (or the group's roles)
	 * @param sharedTags the names of the material's tags the group has, sorted; empty for an untagged material
	 */
	record MatchedMaterial(Material material, Audience audience, List<String> sharedTags) {

		public MatchedMaterial {
			sharedTags = List.copyOf(sharedTags);
		}

		/** Matched because it has no tags (it fits every group). */
		public boolean untagged() {
			return material.tags().isEmpty();
		}
	}

	/** What {@link #open} gives: the file's content (FILE) or the link (LINK). */
	record Opened(Material material, FileContent content, String url) {
	}

	/** The tenant's materials by title. */
	List<Material> list(MaterialQuery query);

	/** @throws io.cotrain.shared.NotFoundException (subject {@code material}) when the tenant has none with this id */
	Material get(UUID id);

	/**
	 * A new FILE material: the form is checked and the upload stored through the file store (documents and images up to
	 * the setting {@code files.max-size-mb}); every problem is one {@link io.cotrain.shared.RuleViolationException}
	 * with fields ({@code title}, {@code file}…).
	 */
	Material createFile(MaterialForm form, Upload upload);

	/** A new LINK material (an http(s) {@code url} is required). */
	Material createLink(MaterialForm form);

	/**
	 * Changes title, description, code, audience, tags and — for a LINK — the url; a FILE gets the new file when
	 * {@code replacement} is given (else keeps its file). The kind never changes.
	 */
	Material update(UUID id, MaterialForm form, Upload replacement);

	/** Removes the material (its stored file stays in the store, which deletes nothing yet). */
	void delete(UUID id);

	/**
	 * The material for the signed-in user after the access check of the interface comment.
	 *
	 * @throws io.cotrain.shared.NotFoundException when unknown or not the caller's to read
	 */
	Opened open(UUID id);

	/**
	 * The materials matched to a collaboration group (any audience fits: a group has a cadre and clerks).
	 *
	 * @throws io.cotrain.shared.NotFoundException when the caller does not see the programme or the group
	 */
	List<MatchedMaterial> forGroup(UUID programme, UUID groupId);

	/** The materials matched to the employee in their group of the programme; empty when they are in none. */
	List<MatchedMaterial> forMember(UUID programme, EmployeeId employee);
}

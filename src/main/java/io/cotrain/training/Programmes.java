package io.cotrain.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;

/**
 * Collaborative training programmes (协同培训项目). A new programme is a draft (version 1); publishing its draft makes
 * it ACTIVE. An active programme changes only through a new version: {@link #newVersion} copies the published version
 * (its content keeps its keys) into a draft, which is edited and published in turn; the old version stays as history
 * (SUPERSEDED). A region admin sees the programmes that include one of their regions.
 */
public interface Programmes {

	enum Status {
		DRAFT, ACTIVE, CLOSED
	}

	enum VersionStatus {
		DRAFT, PUBLISHED, SUPERSEDED
	}

	/**
	 * @param needId a saved training need (its scenario and joint goal are taken), or null
	 * @param jointGoal blank: the need's joint goal
	 * @param scenarioId null: the need's scenario
	 */
	record ProgrammeForm(String code, String name, UUID needId, UUID scenarioId, String jointGoal, LocalDate startsOn,
			LocalDate endsOn, Set<RegionId> regions, String note) {
	}

	record Version(int version, VersionStatus status, String name, String jointGoal, UUID needId, UUID scenarioId,
			LocalDate startsOn, LocalDate endsOn, List<RegionId> regions, String note, Instant createdAt, String createdBy,
			Instant publishedAt) {
	}

	/**
	 * @param published the version in force, or null before the first publish
	 * @param draft the version being edited, or null
	 */
	record Programme(UUID id, String code, Status status, Version published, Version draft, Instant createdAt,
			String createdBy) {

		/** The version people see: the published one, else the draft. */
		public Version current() {
			return published != null ? published : draft;
		}
	}

	/** The programmes the caller sees, newest first. */
	List<Programme> list();

	/** @throws io.cotrain.shared.NotFoundException when the caller does not see it */
	Programme get(UUID id);

	List<Version> versions(UUID id);

	Version version(UUID id, int version);

	/** A new draft programme (version 1). */
	Programme create(ProgrammeForm form);

	/** Changes the draft version (the code stays). */
	Programme update(UUID id, ProgrammeForm form);

	/** A new draft from the published version, content copied with its keys. */
	Programme newVersion(UUID id, String note);

	/** Publishes the draft: the first publish activates the programme; the previous published version is superseded. */
	Programme publish(UUID id);

	/** Ends an active programme; nothing changes any more. */
	Programme close(UUID id);
}

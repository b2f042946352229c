package io.cotrain.training.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.training.Courses;
import io.cotrain.training.Courses.Course;
import io.cotrain.training.Courses.CourseForm;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.QuestionForm;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Programme courses", description = "Courses of a programme version with units and quiz questions, addressed by "
		+ "their keys (the same in every version); changes in a DRAFT version only")
@RestController
@RequestMapping("/api/v1/programmes/{id}/versions/{version}/courses")
class CourseApiController {

	private final Courses courses;

	CourseApiController(Courses courses) {
		this.courses = courses;
	}

	@GetMapping
	@PreAuthorize(ContentAccess.READ)
	List<Course> list(@PathVariable UUID id, @PathVariable int version) {
		return courses.list(id, version);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ContentAccess.WRITE)
	Course create(@PathVariable UUID id, @PathVariable int version, @RequestBody CourseForm in) {
		return courses.create(id, version, in);
	}

	@Operation(summary = "Reorder the courses: {keys: every course key once, in the new order}")
	@PutMapping("/order")
	@PreAuthorize(ContentAccess.WRITE)
	List<Course> reorder(@PathVariable UUID id, @PathVariable int version, @RequestBody ContentAccess.Order in) {
		return courses.reorder(id, version, in.keys());
	}

	@GetMapping("/{course}")
	@PreAuthorize(ContentAccess.READ)
	Course get(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course) {
		return courses.get(id, version, course);
	}

	@PutMapping("/{course}")
	@PreAuthorize(ContentAccess.WRITE)
	Course update(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @RequestBody CourseForm in) {
		return courses.update(id, version, course, in);
	}

	@DeleteMapping("/{course}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ContentAccess.WRITE)
	void delete(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course) {
		courses.delete(id, version, course);
	}

	@PostMapping("/{course}/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ContentAccess.WRITE)
	Unit addUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @RequestBody UnitForm in) {
		return courses.addUnit(id, version, course, in);
	}

	@Operation(summary = "Reorder the course's units: {keys: every unit key once, in the new order}")
	@PutMapping("/{course}/units/order")
	@PreAuthorize(ContentAccess.WRITE)
	List<Unit> reorderUnits(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course,
			@RequestBody ContentAccess.Order in) {
		return courses.reorderUnits(id, version, course, in.keys());
	}

	@PutMapping("/{course}/units/{unit}")
	@PreAuthorize(ContentAccess.WRITE)
	Unit updateUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@RequestBody UnitForm in) {
		return courses.updateUnit(id, version, course, unit, in);
	}

	@DeleteMapping("/{course}/units/{unit}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ContentAccess.WRITE)
	void deleteUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit) {
		courses.deleteUnit(id, version, course, unit);
	}

	@Operation(summary = "Add a question to a QUIZ unit: options are texts in order, correct their 0-based indexes")
	@PostMapping("/{course}/units/{unit}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ContentAccess.WRITE)
	Question addQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@RequestBody QuestionForm in) {
		return courses.addQuestion(id, version, course, unit, in);
	}

	@Operation(summary = "Reorder the unit's questions: {keys: every question key once, in the new order}")
	@PutMapping("/{course}/units/{unit}/questions/order")
	@PreAuthorize(ContentAccess.WRITE)
	List<Question> reorderQuestions(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course,
			@PathVariable UUID unit, @RequestBody ContentAccess.Order in) {
		return courses.reorderQuestions(id, version, course, unit, in.keys());
	}

	@PutMapping("/{course}/units/{unit}/questions/{question}")
	@PreAuthorize(ContentAccess.WRITE)
	Question updateQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question, @RequestBody QuestionForm in) {
		return courses.updateQuestion(id, version, course, unit, question, in);
	}

	@DeleteMapping("/{course}/units/{unit}/questions/{question}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ContentAccess.WRITE)
	void deleteQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question) {
		courses.deleteQuestion(id, version, course, unit, question);
	}
}

package org.legalaid.defence.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.legalaid.assignment.AssignmentView;
import org.legalaid.defence.Callbacks;
import org.legalaid.defence.Delivery;
import org.legalaid.defence.FieldProblem;
import org.legalaid.defence.ForwardedApplication;
import org.legalaid.defence.ForwardedApplications;
import org.legalaid.defence.InvalidRequest;
import org.legalaid.defence.LegalReason;
import org.legalaid.defence.Notification;
import org.legalaid.defence.NotificationDraft;
import org.legalaid.defence.Notifications;
import org.legalaid.defence.Stage;
import org.legalaid.defence.Subscription;
import org.legalaid.documents.DocumentFile;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner agencies' API: notifications of persons who must be given a lawyer, reading counsel and the assignment
 * letter, callback subscriptions with their delivery log, and detainees' applications forwarded by detention centres.
 * Every call carries the agency's key ({@code Authorization: Bearer lap_…}); an agency sees only its own records.
 * Malformed requests are 400 problem details with an {@code errors} list naming each field.
 */
@RestController
@RequestMapping("/api/v1/partner")
@Tag(name = "Partner agencies", description = "Police, procuratorates, courts and detention centres notifying the legal-aid centre")
@SecurityScheme(name = "partnerKey", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "The agency's API key (lap_…)")
@SecurityRequirement(name = "partnerKey")
class PartnerApiController {

	private final Notifications notifications;
	private final Callbacks callbacks;
	private final ForwardedApplications forwarded;
	private final MessageSource messages;

	PartnerApiController(Notifications notifications, Callbacks callbacks, ForwardedApplications forwarded, MessageSource messages) {
		this.notifications = notifications;
		this.callbacks = callbacks;
		this.forwarded = forwarded;
		this.messages = messages;
	}

	@PostMapping(path = "/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Notify the centre of a person who must be given a lawyer (LAL arts. 25, 28, 36)",
			description = "201 with the new notification; a retry with the same Idempotency-Key, or of the same case number and"
					+ " person, returns the first one (200) and stores nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = NotificationRequest.class))))
	ResponseEntity<NotificationResource> notify(@RequestBody Map<String, Object> body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		var json = new NotificationJson();
		NotificationDraft draft = json.notification(body);
		if (!json.problems.isEmpty()) {
			throw new InvalidRequest(json.with(notifications.problems(draft)));
		}
		var received = notifications.receive(draft, idempotencyKey);
		var resource = resource(received.notification());
		return received.repeated() ? ResponseEntity.ok(resource)
				: ResponseEntity.created(URI.create("/api/v1/partner/notifications/" + resource.id())).body(resource);
	}

	@GetMapping("/notifications")
	@Operation(summary = "The agency's notifications, newest first")
	Page<NotificationResource> notifications(@RequestParam(required = false) Integer page) {
		return notifications.listOfAgency(PageRequest.of(page, 20)).map(this::resource);
	}

	@GetMapping("/notifications/{id}")
	@Operation(summary = "One of the agency's notifications: status, counsel, the letters issued")
	NotificationResource notification(@PathVariable long id) {
		return resource(notifications.ofAgency(id));
	}

	@GetMapping(path = "/notifications/{id}/letters/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A letter issued for the notification (the assignment letter), as PDF")
	ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long documentId) {
		DocumentFile file = notifications.letterOfAgency(id, documentId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.document().number().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
			.body(file.content());
	}

	@PostMapping(path = "/subscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Subscribe a callback URL; the signing secret is returned once",
			description = "Events are POSTed as JSON with X-LegalAid-Signature: sha256=<hex HMAC-SHA256 of the body under the"
					+ " secret>; failed deliveries are retried after 1 min, 5 min, 30 min, 2 h and 6 h.")
	ResponseEntity<SubscriptionCreated> subscribe(@RequestBody SubscriptionRequest request) {
		var issued = callbacks.subscribe(request.url());
		return ResponseEntity.status(HttpStatus.CREATED).body(new SubscriptionCreated(issued.id(), request.url().strip(), issued.secret()));
	}

	@GetMapping("/subscriptions")
	@Operation(summary = "The agency's callback subscriptions")
	List<Subscription> subscriptions() {
		return callbacks.subscriptionsOfAgency();
	}

	@DeleteMapping("/subscriptions/{id}")
	@Operation(summary = "End a callback subscription")
	ResponseEntity<Void> unsubscribe(@PathVariable long id) {
		callbacks.unsubscribe(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/deliveries")
	@Operation(summary = "The delivery log of the agency's callbacks, newest first, with every attempt")
	Page<Delivery> deliveries(@RequestParam(required = false) Integer page) {
		return callbacks.deliveriesOfAgency(PageRequest.of(page, 20));
	}

	@PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Forward a detainee's application (detention centres; LAL art. 39, within 24 hours)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = ForwardRequest.class))))
	ResponseEntity<ForwardedApplication> forward(@RequestBody Map<String, Object> body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		var json = new NotificationJson();
		var draft = json.forwarded(body);
		if (!json.problems.isEmpty()) {
			throw new InvalidRequest(json.problems);
		}
		var result = forwarded.forward(draft, idempotencyKey);
		return result.repeated() ? ResponseEntity.ok(result.application())
				: ResponseEntity.created(URI.create("/api/v1/partner/applications/" + result.application().applicationId()))
					.body(result.application());
	}

	@GetMapping("/applications")
	@Operation(summary = "The applications the agency forwarded, newest first")
	Page<ForwardedApplication> applications(@RequestParam(required = false) Integer page) {
		return forwarded.list(PageRequest.of(page, 20));
	}

	@GetMapping("/applications/{id}")
	@Operation(summary = "The status of an application the agency forwarded")
	ForwardedApplication application(@PathVariable long id) {
		return forwarded.get(id);
	}

	@ExceptionHandler(InvalidRequest.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequest e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("defence.error.invalid", null, "invalid request", locale));
		problem.setType(URI.create("urn:legalaid:problem:defence.error.invalid"));
		problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
				"message", messages.getMessage(p.messageKey(), null, p.messageKey(), locale))).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private NotificationResource resource(Notification n) {
		var assignment = notifications.assignment(n);
		CounselResource counsel = n.counselName() == null ? null
				: new CounselResource(n.counselName(), n.counselFirm(), n.counselPhone(), n.counselAt());
		return new NotificationResource(n.id(), n.number(), n.caseNumber(), n.stage(), n.reason(), n.reason().article(),
				n.personName(), n.status().name(), assignment.map(AssignmentView::status).orElse(null), n.receivedAt(),
				n.dueAt(), counsel, assignment.map(AssignmentView::documentIds).orElse(List.of()).stream()
					.map(d -> "/api/v1/partner/notifications/" + n.id() + "/letters/" + d).toList());
	}

	/** A notification as the agency sends it (documentation of the JSON body; unknown fields are refused). */
	record NotificationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "城公刑字〔2026〕123号") String caseNumber,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Stage stage,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LegalReason reason,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "故意杀人") String charge,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PersonRequest person,
			List<CoDefendantRequest> coDefendants, LocalDate hearingDate) {
	}

	record PersonRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Resident ID number (GB 11643, check character verified)") String idNumber,
			@Schema(allowableValues = { "MALE", "FEMALE" }) String sex, LocalDate birthDate, String ethnicity,
			@Schema(description = "Language needed besides standard Chinese (lawyer pool code: ug, mn, bo, csl…)") String language,
			String detentionPlace) {
	}

	record CoDefendantRequest(String name, String idNumber) {
	}

	record ForwardRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String idNumber,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When the detention centre received the request (D1 runs from it)") OffsetDateTime receivedAt,
			@Schema(description = "Matter code, A24 (criminal defence) by default") String matterCode, String facts) {
	}

	record NotificationResource(long id, String number, String caseNumber, Stage stage, LegalReason reason, String article,
			String personName, String status, String assignmentStatus, OffsetDateTime receivedAt, OffsetDateTime dueAt,
			CounselResource counsel, List<String> letters) {
	}

	/** Counsel: the lawyer's name, their organisation and its office phone (null where the pool has none). */
	record CounselResource(String name, String firm, String phone, OffsetDateTime acceptedAt) {
	}

	record SubscriptionRequest(String url) {
	}

	record SubscriptionCreated(long id, String url, String secret) {
	}
}

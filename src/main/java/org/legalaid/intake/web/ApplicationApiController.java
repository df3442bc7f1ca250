package org.legalaid.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.legalaid.intake.OnlineApplications;
import org.legalaid.intake.OnlineApplication;
import org.legalaid.intake.OnlineReceipt;
import org.legalaid.intake.OpposingParty;
import org.legalaid.intake.PublicStatus;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicants' API: submit an application (idempotent by the {@code Idempotency-Key} header), upload evidence and
 * read the status with the access token returned on submission. Errors are RFC 9457 problem details naming the field.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Applying for legal aid and following the application")
class ApplicationApiController {

	static final String TOKEN = "X-Application-Token";

	private final OnlineApplications online;

	ApplicationApiController(OnlineApplications online) {
		this.online = online;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit an application", description = "A repeat with the same Idempotency-Key returns the first application (200) and creates nothing.")
	ResponseEntity<SubmissionResource> submit(@RequestBody SubmissionRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		OnlineReceipt receipt = online.submitOnline(request.application(), idempotencyKey);
		var body = new SubmissionResource(receipt.number(), receipt.accessToken(), "/api/v1/applications/" + receipt.number() + "/status");
		return receipt.repeated() ? ResponseEntity.ok(body)
				: ResponseEntity.created(URI.create(body.statusUrl())).body(body);
	}

	@PostMapping(path = "/{number}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload an evidence file (JPEG, PNG or PDF, checked by content)")
	ResponseEntity<EvidenceResource> evidence(@PathVariable String number, @RequestHeader(TOKEN) String token,
			@RequestParam String materialCode, @RequestParam MultipartFile file) {
		try {
			long id = online.attachEvidenceOnline(number, token, materialCode, file.getInputStream());
			return ResponseEntity.status(HttpStatus.CREATED).body(new EvidenceResource(id, materialCode));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/{number}/status")
	@Operation(summary = "The status of an application, with the access token or the applicant's phone number")
	StatusResource status(@PathVariable String number, @RequestHeader(name = TOKEN, required = false) String token,
			@RequestHeader(name = "X-Applicant-Phone", required = false) String phone) {
		PublicStatus status = online.status(number, token != null ? token : phone);
		return new StatusResource(status.number(), status.status().name(), status.receivedOn(), status.reviewDueOn(),
				status.missingMaterials(), status.centreName());
	}

	/** An application as submitted through the API. */
	record SubmissionRequest(Long centreId, String name, String residentIdNumber, String phone, String address,
			String matterCode, String facts, String opposingPartyName, boolean commitmentConfirmed, String urgentReason) {

		OnlineApplication application() {
			return new OnlineApplication(centreId, new PersonDraft(name, IdentityDocumentType.RESIDENT_ID, residentIdNumber, null,
					null, null, null, phone, address, null, Set.of()), matterCode, facts,
					List.of(new OpposingParty(opposingPartyName, null, null, null)), commitmentConfirmed, urgentReason);
		}
	}

	record SubmissionResource(String number, String accessToken, String statusUrl) {
	}

	record EvidenceResource(long id, String materialCode) {
	}

	record StatusResource(String number, String status, LocalDate receivedOn, LocalDate reviewDueOn,
			List<String> missingMaterials, String centre) {
	}
}

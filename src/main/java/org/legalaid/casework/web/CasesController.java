package org.legalaid.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.casework.CaseFiles;
import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseStatus;
import org.legalaid.casework.Cases;
import org.legalaid.shared.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list (a lawyer's own cases, a centre's cases), the case page, the case-file PDF and attached files. */
@Controller
class CasesController {

	private final Cases cases;
	private final CaseFiles files;
	private final CasePage page;
	private final Clock clock;

	CasesController(Cases cases, CaseFiles files, CasePage page, Clock clock) {
		this.cases = cases;
		this.files = files;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
			@RequestParam(defaultValue = "false") boolean major, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("results", cases.list(q, major, status, PageRequest.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("major", major);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "casework/list";
	}

	@GetMapping("/cases/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		return page.show(id, model);
	}

	@GetMapping("/cases/{id:\\d+}/file.pdf")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		byte[] pdf = files.pdf(new CaseId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("case-" + id + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	@GetMapping("/cases/{id:\\d+}/attachments/{attachment:\\d+}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
		Cases.AttachmentFile file = cases.attachment(new CaseId(id), attachment);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}

package org.legalaid.lawyers.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.legalaid.lawyers.ProviderImports;
import org.legalaid.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing providers: the upload (CSV or .xlsx), the run's page with a progress bar that polls its fragment every
 * second until the run ends, then the rows refused with their row number, column and reason.
 */
@Controller
class ImportController {

	private final ProviderImports imports;

	ImportController(ProviderImports imports) {
		this.imports = imports;
	}

	@GetMapping("/lawyers/import")
	String form(Model model) {
		model.addAttribute("recent", imports.recent(10));
		return "lawyers/import";
	}

	@PostMapping("/lawyers/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "lawyers.import.error.empty");
			}
			long id = imports.start(file.getOriginalFilename(), file.getBytes());
			return "redirect:/lawyers/import/" + id;
		}
		catch (RuleViolation e) {
			model.addAttribute("fileError", e);
			return form(model);
		}
	}

	@GetMapping("/lawyers/import/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", imports.progress(id));
		return "lawyers/import-run";
	}

	/** The progress fragment the run's page polls; it stops polling once the run has ended. */
	@GetMapping("/lawyers/import/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("run", imports.progress(id));
		return "lawyers/import-run :: progress";
	}

	@GetMapping("/lawyers/import/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("providers-template.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(("\uFEFF" + ProviderImports.template()).getBytes(StandardCharsets.UTF_8));
	}
}

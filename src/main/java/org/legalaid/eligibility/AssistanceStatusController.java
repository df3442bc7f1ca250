package org.legalaid.eligibility;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of the civil-affairs register (低保/特困) as CSV; shows every bad row with its line number. */
@Controller
class AssistanceStatusController {

	private final AssistanceStatusImport importer;

	AssistanceStatusController(AssistanceStatusImport importer) {
		this.importer = importer;
	}

	@GetMapping("/admin/assistance-status")
	String form(Model model) {
		importer.requireAdmin();
		model.addAttribute("header", String.join(",", AssistanceStatusImport.HEADER));
		return "eligibility/assistance-status";
	}

	@PostMapping("/admin/assistance-status")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		importer.requireAdmin();
		model.addAttribute("header", String.join(",", AssistanceStatusImport.HEADER));
		if (file == null || file.isEmpty()) {
			model.addAttribute("result", new AssistanceStatusImport.Result(0,
					List.of(new AssistanceStatusImport.RowError(1, "eligibility.import.noFile", List.of()))));
			return "eligibility/assistance-status";
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			model.addAttribute("result", importer.importCsv(reader));
		}
		return "eligibility/assistance-status";
	}
}

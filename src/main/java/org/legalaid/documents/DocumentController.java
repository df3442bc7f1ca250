package org.legalaid.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An issued document's page (what, for which record, by whom, its fingerprint) and its PDF. */
@Controller
class DocumentController {

	private final OfficialDocuments documents;

	DocumentController(OfficialDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("doc", documents.get(id));
		return "documents/view";
	}

	@GetMapping("/documents/{id:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		DocumentFile file = documents.download(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(file.document()))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** {@code inline} with an ASCII fallback name and the real (Chinese) name as RFC 5987 {@code filename*}. */
	static String inline(IssuedDocument document) {
		return "inline; filename=\"document-" + document.id() + ".pdf\"; filename*=UTF-8''"
				+ rfc5987(document.fileName());
	}

	static String rfc5987(String value) {
		var out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}
}

package org.legalaid.hotline;

/** A topic category of consultations (劳动争议, 婚姻家庭, …). */
public record Topic(String code, String name, String parentCode) {
}

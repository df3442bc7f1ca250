package org.legalaid.lawyers;

/**
 * The kinds of aid provider (法律援助人员, LAL arts. 12–13; PR2023 art. 2). Only practising lawyers may take a notified
 * criminal case (LAL arts. 25, 28): lawyers of a law firm and the centre's own staff lawyers holding a lawyer's
 * practising licence (公职律师 / 法律援助律师).
 */
public enum ProviderKind {
	/** 律师: a practising lawyer of a law firm. */
	LAWYER(true, true),
	/** 基层法律服务工作者: a grassroots legal service worker with their own practising certificate. */
	GRASSROOTS_WORKER(false, true),
	/** 法律援助中心工作人员（律师）: centre staff holding a lawyer's practising licence. */
	CENTRE_STAFF_LAWYER(true, true),
	/** 法学院法律诊所志愿者: a law-school clinic volunteer; no licence, not counted for practice years. */
	CLINIC_VOLUNTEER(false, false);

	private final boolean lawyer;
	private final boolean licensed;

	ProviderKind(boolean lawyer, boolean licensed) {
		this.lawyer = lawyer;
		this.licensed = licensed;
	}

	/** Holds a lawyer's practising licence: may take notified criminal cases and serve as duty lawyer. */
	public boolean isLawyer() {
		return lawyer;
	}

	/** Practises under a licence or certificate: licence number and first practice date are required. */
	public boolean isLicensed() {
		return licensed;
	}

	public String messageKey() {
		return "lawyers.kind." + name();
	}
}

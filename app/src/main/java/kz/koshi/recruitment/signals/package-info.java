/**
 * Risk signals on private employment agencies (issue 14, "Risk signals"; docs/recruitment.md), for the labour
 * authority alone. Named interface {@code signals} for other modules: {@link kz.koshi.recruitment.signals.AgencyComplaints}
 * (a complaint by ids only: BIN, source kind, source reference, day; the hotline) and
 * {@link kz.koshi.recruitment.signals.RiskSignals#workerNotHeardFrom} (the register of citizens abroad's counts).
 * Rules are plain Java in {@code recruitment.rules} ({@link kz.koshi.recruitment.rules.RiskRules}); the facts come
 * from the placement events, the licence applications, the public complaint form and protection's employer counts.
 */
@org.springframework.modulith.NamedInterface("signals")
package kz.koshi.recruitment.signals;

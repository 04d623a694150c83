/**
 * The hotline 11616 (issue 16): operators log calls and messages (anonymous allowed; the caller's language; a contact
 * only with consent to be called back; the facts as told, encrypted at rest), classify them and route them: possible
 * trafficking to a crisis centre or the police as a screening request (through protection's named interface
 * {@code screening-requests}), a complaint about an employment agency as {@link kz.koshi.hotline.AgencyComplaintReported}
 * (call id, BIN, day), labour rights to the labour inspection, a caller in danger at once to the police on duty. Each
 * route has a follow-up day and its outcome. A call is read only by the hotline and the agencies it was routed to,
 * every read audited. Statistics leave as {@link kz.koshi.hotline.HotlineCallLogged} and
 * {@link kz.koshi.hotline.HotlineCallRouted} (ids, day, region, class, channel, routed-to kind; never the facts or a
 * contact); {@link kz.koshi.hotline.HotlineStatistics} counts the same from the hotline's own tables (counts only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"protection :: screening-requests", "access",
        "reference", "audit", "shared"})
package kz.koshi.hotline;

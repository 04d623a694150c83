package kz.koshi.recruitment.signals;

import kz.koshi.hotline.AgencyComplaintReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaint the hotline took about an agency becomes that agency's complaint, by ids only: the source HOTLINE and the
 * call's id as the reference, so a delivery repeated after a crash is taken once.
 */
@Component
class HotlineComplaints {

    private final AgencyComplaints complaints;

    HotlineComplaints(AgencyComplaints complaints) {
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void on(AgencyComplaintReported reported) {
        complaints.received(reported.bin(), ComplaintSource.HOTLINE, String.valueOf(reported.callId()), reported.day());
    }
}

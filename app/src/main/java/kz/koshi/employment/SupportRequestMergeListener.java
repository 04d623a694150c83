package kz.koshi.employment;

import kz.koshi.identity.PersonsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a reviewer merges two persons, the merged one's support requests follow the survivor. */
@Component
class SupportRequestMergeListener {

    private final SupportRequests requests;

    SupportRequestMergeListener(SupportRequests requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(PersonsMerged merged) {
        requests.movePerson(merged.mergedPersonNumber(), merged.survivingPersonNumber());
    }
}

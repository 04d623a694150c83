package kz.koshi.enforcement.channels;

import java.util.List;

/**
 * A channel whose every code was found in reference data and every person in the registry: the persons by their
 * current number (a merged number leads to the survivor), each once.
 */
record CheckedChannel(NewChannel channel, List<String> organiserPersons, List<String> personsIdentified) {

    int organisers() {
        return organiserPersons.size() + (int) channel.organiserBins().stream().distinct().count();
    }
}

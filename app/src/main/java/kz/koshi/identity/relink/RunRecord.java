package kz.koshi.identity.relink;

/** One source record of a run: the cluster the job put it in, and the person and source the registry holds it under. */
record RunRecord(long recordId, long clusterId, String person, String source) {
}

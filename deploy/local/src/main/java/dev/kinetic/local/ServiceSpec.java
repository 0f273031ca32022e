package dev.kinetic.local;

/** One service of the suite as the local run starts it: its module, database and ports. */
public record ServiceSpec(String name, String database, int httpPort, int managementPort) {

    public String module() {
        return name;
    }
}

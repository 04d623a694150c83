package kz.koshi;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module writes its contract in its package-info ({@code @ApplicationModule(allowedDependencies = ...)}), so
 * that {@link ModularityTests} fails the build on an arrow nobody declared, instead of waiting for a reviewer.
 */
class ModuleContractsTest {

    private final ApplicationModules modules = ApplicationModules.of(KoshiApplication.class);

    @Test
    void everyModuleButTheOpenSharedOneDeclaresWhatItMayDependOn() {
        List<String> undeclared = modules.stream().map(m -> m.getBasePackage().getName())
                .filter(base -> !"kz.koshi.shared".equals(base))
                .filter(base -> contract(base) == null || contract(base).allowedDependencies().length == 0).toList();
        assertThat(undeclared).as("modules without allowedDependencies in their package-info").isEmpty();
    }

    @Test
    void stayMayUseProtectionsEventsOnlyAndOnlyTheDownstreamRegistersDependOnStay() {
        assertThat(contract("kz.koshi.stay").allowedDependencies()).contains("protection :: events").doesNotContain("protection");
        modules.stream().map(m -> m.getBasePackage().getName())
                .filter(base -> !List.of("kz.koshi.shared", "kz.koshi.enforcement", "kz.koshi.reporting").contains(base))
                .forEach(base -> assertThat(contract(base).allowedDependencies()).as(base)
                        .noneMatch(dependency -> dependency.startsWith("stay")));
    }

    private static ApplicationModule contract(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            return null;
        }
    }
}

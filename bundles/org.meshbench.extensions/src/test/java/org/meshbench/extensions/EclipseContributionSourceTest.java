package org.meshbench.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real Equinox extension registry, without OSGi: contributions present, installed and removed. */
@Timeout(30)
class EclipseContributionSourceTest {

    private static final String POINT = "host.things";
    private static final String HOST = """
            <plugin><extension-point id="things" name="Things"/>
              <extension point="host.things"><thing name="built-in"><part value="1"/><part value="2"/></thing></extension>
            </plugin>""";
    private static final String VENDOR = """
            <plugin><extension point="host.things"><thing name="vendor"/></extension></plugin>""";

    private final Object token = new Object();
    private final IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token,
            null);
    private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();
    private final EclipseContributionSource<Contribution> source = new EclipseContributionSource<>(registry, POINT,
            Contribution::read);

    /** What the test reader makes of an extension: its key and its elements as text. */
    private record Contribution(Object key, String text) {

        static Contribution read(Object key, String contributorId, List<ContributionElement> elements) {
            return new Contribution(key, contributorId + ": " + elements.stream().map(Contribution::describe)
                    .collect(Collectors.joining(", ")));
        }

        private static String describe(ContributionElement element) {
            return element.name() + " " + element.attribute("name") + element.children().stream()
                    .map(child -> " " + child.name() + "=" + child.attribute("value")).collect(Collectors.joining());
        }
    }

    @AfterEach
    void stop() {
        source.close();
        registry.stop(token);
    }

    @Test
    void readsTheContributionsPresentAndFollowsPluginsThatComeAndGo() throws Exception {
        contribute("host", HOST);
        List<Object> keys = new CopyOnWriteArrayList<>();
        source.watch(new ContributionSource.Listener<>() {
            @Override
            public void added(List<Contribution> added) {
                added.forEach(contribution -> {
                    keys.add(contribution.key());
                    changes.add("added " + contribution.text());
                });
            }

            @Override
            public void removed(List<Object> removed) {
                changes.add("removed " + removed.size() + (keys.containsAll(removed) ? " known" : " unknown"));
            }
        });

        assertEquals(List.of("host: thing built-in part=1 part=2"),
                source.contributions().stream().map(Contribution::text).toList());

        contribute("vendor", VENDOR);
        assertEquals("added vendor: thing vendor", changes.poll(10, TimeUnit.SECONDS));
        assertEquals(2, source.contributions().size());

        IExtension vendorExtension = registry.getExtensionPoint(POINT).getExtensions()[1];
        assertTrue(registry.removeExtension(vendorExtension, token));
        assertEquals("removed 1 known", changes.poll(10, TimeUnit.SECONDS));
        assertEquals(List.of("host: thing built-in part=1 part=2"),
                source.contributions().stream().map(Contribution::text).toList());
    }

    @Test
    void anUndeclaredPointHasNoContributions() {
        assertEquals(List.of(), source.contributions());
    }

    private void contribute(String contributorName, String pluginXml) {
        IContributor contributor = ContributorFactorySimple.createContributor(contributorName);
        assertTrue(registry.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)),
                contributor, false, contributorName, null, token));
    }
}

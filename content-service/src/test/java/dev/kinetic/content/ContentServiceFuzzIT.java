package dev.kinetic.content;

import java.util.Map;

import dev.kinetic.platform.testing.fuzz.ServiceFuzzContract;

@ContentServiceTest
class ContentServiceFuzzIT extends ServiceFuzzContract {

    @Override
    protected String service() {
        return "content-service";
    }

    @Override
    protected Map<String, String> hints() {
        return Map.of("slug", "are-lazy-glutes-behind-your-aching-lower-back", "q", "glute bridge", "locale", "en");
    }
}

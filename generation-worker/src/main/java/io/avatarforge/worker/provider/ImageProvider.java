package io.avatarforge.worker.provider;

/**
 * One image-generation backend. The pipeline knows only this interface; OpenAI, Gemini, the simulated provider and the
 * offline stylizer plug in as beans, selected by the provider entry's {@code type}.
 */
public interface ImageProvider {

    /** The {@code type} value of {@code provider_config} entries this implementation serves. */
    String type();

    /** Generates one image; failures are {@link ProviderException}s carrying a stable error code. */
    GenerationResult generate(GenerationCall call);
}

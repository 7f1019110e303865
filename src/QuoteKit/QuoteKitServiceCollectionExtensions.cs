using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace QuoteKit;

/// <summary>Registers QuoteKit with Microsoft.Extensions.DependencyInjection.</summary>
public static class QuoteKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IQuoteExtractor"/> as a singleton <see cref="QuoteExtractor"/> configured through the
    /// options pattern (<see cref="IOptions{QuoteKitOptions}"/>). Calling it twice keeps the first registration
    /// and adds the second configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of <see cref="QuoteKitOptions"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddQuoteKit(this IServiceCollection services, Action<QuoteKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<QuoteKitOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IQuoteExtractor>(sp => new QuoteExtractor(sp.GetRequiredService<IOptions<QuoteKitOptions>>().Value));
        return services;
    }
}

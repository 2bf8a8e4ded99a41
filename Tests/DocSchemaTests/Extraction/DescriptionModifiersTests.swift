@testable import DocSchema
import Testing

@Suite("Description modifiers")
struct DescriptionModifiersTests {
    func modifiers(_ description: String, locale: String = "en-US") -> PropertyModifiers? {
        let page = facts(of: "---\ndoc_type: resourcePageType\nms.contentlocale: \(locale)\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|p|String|\(description)|\n")
        return page.properties.first?.modifiers
    }

    @Test("read-only, nullable, key and $filter")
    func english() {
        let all = modifiers("The id. Inherited from [directoryObject](directoryobject.md). Key. Not nullable. Read-only. Supports `$filter` (`eq`).")
        #expect(all?.isReadOnly == true)
        #expect(all?.isNullable == false)
        #expect(all?.isKey == true)
        #expect(all?.supportsFilter == true)
        #expect(all?.inheritedFrom == "microsoft.graph.directoryObject")

        #expect(modifiers("Read only. Nullable.")?.isNullable == true)
        // A condition leaves the property writable for everyone else.
        #expect(modifiers("Phone numbers. Read-only for users synced from on-premises directory.")?.isReadOnly == nil)
        #expect(modifiers("The key of the entity.")?.isKey == nil)
    }

    @Test("deprecated: said anywhere, as a sentence of its own, in brackets or in the name cell")
    func deprecated() {
        #expect(modifiers("Used to reach the item. Deprecated -- use `driveItem` instead.")?.isDeprecated == true)
        #expect(modifiers("[Deprecated] Setting this has no effect.")?.isDeprecated == true)
        #expect(modifiers("This property is in the process of being deprecated. Use **file** instead.")?.isDeprecated == true)
        #expect(modifiers("AAD Device ID - to be deprecated")?.isDeprecated == true)
        #expect(modifiers("Этот параметр устарел.", locale: "ru-RU")?.isDeprecated == true)
        // A state named Deprecated, or a flag about deprecation, is no deprecation of the property.
        #expect(modifiers("Possible states are **InDevelopment**, **Available**, and **Deprecated**.")?.isDeprecated == nil)
        #expect(modifiers("Flag to indicate if a control is depreciated.")?.isDeprecated == nil)
        #expect(modifiers("The template is deprecated or not.")?.isDeprecated == nil)
        let page = facts(of: "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|old (deprecated)|String|The old name.|\n")
        #expect(page.properties.first?.name == "old")
        #expect(page.properties.first?.modifiers.isDeprecated == true)
        let named = facts(of: "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|--|--|--|\n|deprecated|Boolean|A flag.|\n")
        #expect(named.properties.first?.name == "deprecated")
        #expect(named.properties.first?.modifiers.isDeprecated == nil)
    }

    @Test("required and optional only as a sentence of their own")
    func requiredOptional() {
        #expect(modifiers("Required. The name.")?.isRequired == true)
        #expect(modifiers("The name. Optional.")?.isRequired == false)
        #expect(modifiers("This property is required when a user is created.")?.isRequired == nil)
    }

    @Test("inherited from a page link; a bare word counts only in plain-text renderings, which lost their links")
    func inheritedFrom() {
        let linked = modifiers("UUID Inherited from [entity](../resources/entity.md)")
        #expect(linked?.inheritedFrom == "microsoft.graph.entity")
        #expect(linked?.inheritedFromPage == "entity")
        #expect(modifiers("Inherited from a base class.")?.inheritedFrom == nil)
        let plain = Pipeline.extract(file: Package.seed("001")).properties.first
        #expect(plain?.modifiers.inheritedFrom == "microsoft.graph.deviceManagementTroubleshootingEvent")
    }

    @Test("Russian phrasings, with the preposition moved into the link text")
    func russian() {
        let all = modifiers("Идентификатор. Наследуется [от accessReviewInstanceDecisionItemResource](x.md). Только для чтения. Значение null не допускается.", locale: "ru-RU")
        #expect(all?.inheritedFrom == "microsoft.graph.accessReviewInstanceDecisionItemResource")
        #expect(all?.isReadOnly == true)
        #expect(all?.isNullable == false)
        // A translated link text falls back to the page it links to.
        #expect(modifiers("Наследуется от [сущности](entity.md).", locale: "ru-RU")?.inheritedFrom == "microsoft.graph.entity")
    }
}

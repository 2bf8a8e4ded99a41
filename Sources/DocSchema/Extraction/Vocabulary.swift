/// The words a page uses for the structure extraction cares about, in each language the
/// corpus has: table headers, type words, and the phrases that introduce values and modifiers.
///
/// Side-by-side pages are read in English after unwrapping, so only machine-translated pages
/// need a language other than English. Every list holds lower-cased words.
struct Vocabulary: Sendable {
    /// Header titles of the column that names a property, relationship or member.
    var propertyHeaders: Set<String>
    var relationshipHeaders: Set<String>
    var memberHeaders: Set<String>
    var typeHeaders: Set<String>
    var descriptionHeaders: Set<String>
    var valueHeaders: Set<String>
    var parameterHeaders: Set<String>
    var permissionHeaders: Set<String>
    var headerHeaders: Set<String>
    var methodHeaders: Set<String>
    /// Translated type words and the qualified type they stand for, such as `строка` → `Edm.String`.
    var typeWords: [String: String]
    /// Words that make a type a collection, wherever they stand in the cell.
    var collectionWords: [String]
    /// Words used for an enum whose name the cell does not give.
    var placeholderWords: Set<String>
    /// Phrases that introduce a list of enum members in a description.
    var valueLeadIns: [Phrase]
    var readOnlyPhrases: [Phrase]
    /// Phrases that make read-only a condition ("Read-only for users synced from on-premises"), which a client may still set.
    var conditionalReadOnlyPhrases: [Phrase]
    var notNullablePhrases: [Phrase]
    var nullablePhrases: [Phrase]
    var requiredPhrases: [Phrase]
    var optionalPhrases: [Phrase]
    var inheritedFromPhrases: [Phrase]
    /// Phrases before a base type outside the tables: "Inherits from [x]".
    var inheritsFromPhrases: [Phrase]
    /// Phrases of a sentence that lists the types deriving from the page's: "the derived types are [a], [b]".
    var derivedTypesPhrases: [Phrase]
    var keyPhrases: [Phrase]
    /// Phrases anywhere in a description that say the property should no longer be used.
    var deprecatedPhrases: [Phrase]
    /// Words that say so when they begin a sentence: "Deprecated. Use x instead."
    var deprecatedSentenceStarts: [Phrase]
    /// Phrases of a property that reports whether something else is deprecated.
    var deprecationFlagPhrases: [Phrase]
    var filterPhrases: [Phrase]
    var namespacePrefixes: [Phrase]
    /// Which of the vocabularies this is, so that what is read with it can be remembered by it.
    var language: Language = .english

    enum Language: Sendable, Hashable {
        case english
        case russian
    }

    /// The vocabulary for a page's locale; English words are always understood as well,
    /// because translated pages leave many of them untranslated.
    static func forLocale(_ locale: String) -> Vocabulary {
        locale.lowercased().hasPrefix("ru") ? .russian : .english
    }

    static let english = Vocabulary(
        propertyHeaders: ["property", "property name", "name", "properties"],
        relationshipHeaders: ["relationship", "relationship name", "navigation property"],
        memberHeaders: ["member", "members", "member name", "enum member", "value name"],
        typeHeaders: ["type", "data type", "property type", "value type"],
        descriptionHeaders: ["description", "notes", "remarks", "details"],
        valueHeaders: ["value", "int value", "numeric value", "integer value"],
        parameterHeaders: ["parameter", "parameter name", "query parameter", "argument"],
        permissionHeaders: ["permission type"],
        headerHeaders: ["header", "request header", "header name"],
        methodHeaders: ["method", "function", "action", "methods"],
        typeWords: [:],
        collectionWords: ["collection"],
        placeholderWords: ["enumeration", "enum", "enumerated type"],
        valueLeadIns: [
            "the possible values are", "possible values are", "possible values include", "possible values",
            "the possible value are", "possible value are", "allowed values in the collection are", "allowed values are",
            "allowed values", "the supported values are", "supported values are", "supported values can be",
            "valid values are", "must be one of", "can be one of", "is one of", "one of the following values",
            "the value can be", "the values can be",
        ],
        readOnlyPhrases: ["read-only", "read only", "readonly"],
        conditionalReadOnlyPhrases: ["read-only for ", "read only for ", "read-only when ", "read-only if ", "read-only unless "],
        notNullablePhrases: ["not nullable", "non-nullable", "not null"],
        nullablePhrases: ["nullable"],
        requiredPhrases: ["required"],
        optionalPhrases: ["optional"],
        inheritedFromPhrases: ["inherited from"],
        inheritsFromPhrases: ["inherits from", "inherited from", "derived from", "derives from", "is a subtype of", "subclass of"],
        derivedTypesPhrases: ["derived types are", "the following derived types"],
        keyPhrases: ["key"],
        deprecatedPhrases: [
            "[deprecated]", "(deprecated)", "is deprecated", "are deprecated", "been deprecated", "being deprecated",
            "will be deprecated", "to be deprecated", "is obsolete",
        ],
        deprecatedSentenceStarts: ["deprecated"],
        deprecationFlagPhrases: ["deprecated or not"],
        filterPhrases: ["supports $filter", "supports `$filter`"],
        namespacePrefixes: ["namespace:"]
    )

    static let russian: Vocabulary = {
        var vocabulary = english
        vocabulary.language = .russian
        vocabulary.propertyHeaders.formUnion(["свойство", "имя свойства", "имя", "свойства"])
        vocabulary.relationshipHeaders.formUnion(["связь", "отношение", "имя связи", "отношения", "связи"])
        vocabulary.memberHeaders.formUnion(["элемент", "член", "элементы", "участник"])
        vocabulary.typeHeaders.formUnion(["тип", "тип данных"])
        vocabulary.descriptionHeaders.formUnion(["описание", "примечания"])
        vocabulary.valueHeaders.formUnion(["значение"])
        vocabulary.parameterHeaders.formUnion(["параметр", "имя параметра"])
        vocabulary.permissionHeaders.formUnion(["тип разрешения"])
        vocabulary.headerHeaders.formUnion(["заголовок", "имя заголовка"])
        vocabulary.methodHeaders.formUnion(["метод", "функция", "действие", "методы"])
        vocabulary.typeWords = [
            "строка": "Edm.String", "строки": "Edm.String", "строк": "Edm.String", "строковое значение": "Edm.String",
            "url-адрес": "Edm.String", "логический": "Edm.Boolean", "логическое": "Edm.Boolean",
            "логическое значение": "Edm.Boolean", "длительность": "Edm.Duration", "продолжительность": "Edm.Duration",
            "двоичный": "Edm.Binary", "двоичные данные": "Edm.Binary", "поток": "Edm.Stream", "дата": "Edm.Date",
            "даты и время": "Edm.DateTimeOffset", "дата и время": "Edm.DateTimeOffset", "целое число": "Edm.Int32",
            "целое": "Edm.Int32", "двойное с плавающей точкой": "Edm.Double", "двойное": "Edm.Double",
            "одинарное": "Edm.Single", "один": "Edm.Single", "байт": "Edm.Byte",
            "объект json": Graph.namespace + ".Json", "нетипизированный объект json": Graph.namespace + ".Json",
            "сущность": Graph.entity, "сущности": Graph.entity,
        ]
        vocabulary.collectionWords = ["collection", "коллекция", "коллекции", "коллекцию", "коллекций"]
        vocabulary.placeholderWords.formUnion(["перечисление", "перечисления"])
        vocabulary.valueLeadIns += [
            "возможные значения", "допустимые значения", "возможное значение", "поддерживаемые значения",
        ]
        vocabulary.readOnlyPhrases += ["только для чтения", "только чтение"]
        vocabulary.notNullablePhrases += [
            "не допускает значения null", "не допускает значение null", "не допускается значение null",
            "значение null не допускается", "не допускающий значения null", "не может иметь значение null",
            "не может быть null", "не является недействительным",
        ]
        vocabulary.nullablePhrases += [
            "допускает значение null", "допускается значение null", "допускает значения null", "может иметь значение null",
            "может быть null",
        ]
        vocabulary.requiredPhrases += ["обязательный", "обязательное", "обязательно", "обязательная"]
        vocabulary.optionalPhrases += ["необязательный", "необязательное", "необязательно", "необязательная"]
        vocabulary.inheritedFromPhrases += ["наследуется", "наследует", "унаследован", "унаследова"]
        vocabulary.inheritsFromPhrases += ["наследуется от", "является производным от", "производный от"]
        vocabulary.keyPhrases += ["ключ"]
        vocabulary.deprecatedPhrases += ["устарел", "устаревш", "не рекомендуется использовать"]
        vocabulary.filterPhrases += ["поддерживает $filter", "поддерживает `$filter`"]
        vocabulary.namespacePrefixes += ["пространство имен:", "пространство имён:"]
        return vocabulary
    }()
}

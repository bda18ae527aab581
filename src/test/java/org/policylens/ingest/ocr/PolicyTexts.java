package org.policylens.ingest.ocr;

/**
 * Short policy texts written for the OCR tests, one per language and script, each dense with the facts policylens
 * extracts (dates, figures with scale words, money, percentages, act references, programme names).
 */
final class PolicyTexts {
    static final String ENGLISH = """
            Presidential Resolution No. PQ-357 of August 22, 2022 approved the programme for the ICT sector in \
            2022-2023. IT exports are to reach USD 1 billion by 2026, and at least 100,000 specialists are to be \
            trained.

            By Presidential Decree No. PF-6079 of October 5, 2020, the Digital Uzbekistan - 2030 strategy set more \
            than 220 priority projects. In 2023 the budget allocated UZS 850 billion to digital infrastructure, and \
            the share of public services delivered online reached 68%.

            The One Million Programmers project, launched on November 21, 2019, counted 2,503,060 participants; \
            about 1.17 million certificates were issued, and 90% of the learners were school students.""";

    static final String RUSSIAN = """
            Постановлением Президента Республики Узбекистан от 22 августа 2022 года № ПП-357 утверждена программа \
            развития сферы информационных технологий на 2022-2023 годы. Экспорт IT-услуг должен достичь 1 млрд \
            долларов США к 2026 году.

            Постановлением Кабинета Министров № 17 от 10 января 2019 года создан технопарк IT Park. В 2022 году \
            резиденты оказали услуги на 5 трлн сумов, а число IT-компаний выросло со 147 до 1600. Создано более \
            24 000 рабочих мест, доля экспорта составила 35 процентов.""";

    static final String UZBEK_LATIN = """
            Vazirlar Mahkamasining 2022-yil 26-oktabrdagi 617-son qarori bilan "Bir million dasturchi" loyihasining \
            ikkinchi bosqichi tasdiqlandi. Loyiha doirasida 2023-2025-yillarda 1,2 million yoshlar oʻqitiladi va \
            10 000 ta litsenziya beriladi.

            Prezidentning 2020-yil 5-oktabrdagi PF-6079-son Farmoni bilan "Raqamli Oʻzbekiston - 2030" strategiyasi \
            qabul qilindi. 2024-yilda raqamli xizmatlar ulushi 75 foizga yetdi, byudjetdan 120 mlrd soʻm \
            ajratildi.""";

    static final String UZBEK_CYRILLIC = """
            Ўзбекистон Республикаси Президентининг 2024 йил 15 майдаги ПҚ-178-сон қарори билан "IT Towns" лойиҳаси \
            бошланди. Лойиҳа доирасида 2025 йилгача 40 та туманда IT марказлари ташкил этилади.

            Вазирлар Маҳкамасининг 2022 йил 26 октябрдаги 617-сон қарорига мувофиқ 2023-2025 йилларда 1,2 миллион \
            ёшлар ўқитилади. 2024 йилда рақамли хизматлар улуши 75 фоизга етди, бюджетдан 120 млрд сўм \
            ажратилди.""";

    private PolicyTexts() {
    }
}

package org.policylens.extract.program;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.Candidate;
import org.policylens.model.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations are not programmes (issue 17): a name headed by an organisation word, in every language. */
class OrganisationNamesTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final ProgramFinder FINDER = new ProgramFinder();

    private static List<String> names(String text, Language lang) {
        return FINDER.find(ANNOTATOR.annotate(text, lang)).stream().map(Candidate::value)
                .map(v -> v.normalized()).toList();
    }

    @Test
    void aNameHeadedByAnOrganisationWordIsAnOrganisationInEveryLanguage() {
        assertTrue(OrganisationNames.isOrganisation("3rd Generation Partnership Project", Language.EN));
        assertTrue(OrganisationNames.isOrganisation("TMF Program Management Office", Language.EN));
        assertTrue(OrganisationNames.isOrganisation("Global Consortium", Language.EN));
        assertTrue(OrganisationNames.isOrganisation("Council of Economic Advisers", Language.EN));
        assertTrue(OrganisationNames.isOrganisation("«Ассоциации банков»", Language.RU));
        assertTrue(OrganisationNames.isOrganisation("Партнёрство по развитию", Language.RU));
        assertTrue(OrganisationNames.isOrganisation("“Yoshlar ittifoqi”", Language.UZ_LATN));
        assertTrue(OrganisationNames.isOrganisation("Tadbirkorlar uyushmasi", Language.UZ_LATN));
        assertTrue(OrganisationNames.isOrganisation("Ёшлар иттифоқи", Language.UZ_CYRL));
        assertTrue(OrganisationNames.isOrganisation("«Цифрлық даму агенттігі»", Language.KK));
        assertTrue(OrganisationNames.isOrganisation("Qazaqstan qauymdastyǵy".replace('ǵ', 'g'), Language.KK_LATN));
    }

    @Test
    void aProgrammeWhoseNameHoldsAnOrganisationWordElsewhereStaysAProgramme() {
        assertFalse(OrganisationNames.isOrganisation("Department of Government Efficiency Workforce Optimization Initiative", Language.EN));
        assertFalse(OrganisationNames.isOrganisation("Grant Accountability Project", Language.EN));
        assertFalse(OrganisationNames.isOrganisation("Программа развития институтов", Language.RU));
        assertFalse(OrganisationNames.isOrganisation("Basic Income Project", Language.EN));
        assertFalse(OrganisationNames.isOrganisation("Цифровой Казахстан", Language.RU));
        assertFalse(OrganisationNames.isOrganisation("Советский район", Language.RU));
        assertFalse(OrganisationNames.isOrganisation("Besh tashabbus", Language.UZ_LATN));
        assertFalse(OrganisationNames.isOrganisation("Нұрлы жер", Language.KK));
    }

    @Test
    void theFinderDropsOrganisationsAndKeepsProgrammes() {
        assertEquals(List.of(), names("The 3rd Generation Partnership Project (3GPP) is the international standards "
                + "setting organization for 5G networks.", Language.EN));
        assertEquals(List.of("Grant Accountability Project"), names("The agency runs the Grant Accountability Project for "
                + "every grant it awards.", Language.EN));
        assertEquals(List.of(), names("«Yoshlar ittifoqi» loyihasi doirasida ishlar amalga oshirildi.", Language.UZ_LATN));
        assertEquals(List.of("Besh tashabbus"),
                names("2020-yilda “Besh tashabbus” loyihasi doirasida ishlar amalga oshirildi.", Language.UZ_LATN));
        assertEquals(List.of(), names("«Ёшлар иттифоқи» лойиҳаси доирасида ишлар амалга оширилди.", Language.UZ_CYRL));
        assertEquals(List.of(), names("В рамках проекта «Ассоциация банков» открыты центры.", Language.RU));
        assertEquals(List.of("Пять инициатив"), names("В рамках проекта «Пять инициатив» открыты центры.", Language.RU));
        assertEquals(List.of(), names("«Цифрлық даму агенттігі» жобасы аясында орталықтар ашылды.", Language.KK));
    }
}

package org.policylens.extract;
public class PipelineFactExtractorTest_access {
    public static PipelineFactExtractor extractor() { return PipelineFactExtractorTest.extractor(); }
    public static org.policylens.model.Document doc(String t, String l) { return PipelineFactExtractorTest.doc(t, l); }
}

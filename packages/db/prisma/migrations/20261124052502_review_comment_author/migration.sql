-- AddForeignKey
ALTER TABLE "PracticeReviewComment" ADD CONSTRAINT "PracticeReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
